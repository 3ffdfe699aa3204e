// The canvas's arrow geometry on its own, without items or a scene: curves
// between cards, lanes, detours around cards, `any` markers and labels.

#include "arrowrouter.h"

#include <QTest>

#include <cmath>
#include <deque>

using namespace Portolan;

namespace {

/// Distance from @p point to the border of @p rect (0 on the border).
qreal distanceToBorder(const QRectF &rect, const QPointF &point)
{
    const qreal dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const qreal dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min({point.x() - rect.left(), rect.right() - point.x(), point.y() - rect.top(),
                     rect.bottom() - point.y()});
}

qreal distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

/// Distance from @p point to the straight line through @p a and @p b.
qreal distanceToLine(const QPointF &point, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    return std::abs(d.x() * (a.y() - point.y()) - d.y() * (a.x() - point.x())) /
           std::hypot(d.x(), d.y());
}

/// A card of 100 × 60 centred on @p centre, the host's position being the centre.
ArrowRouter::Card cardAt(const QPointF &centre)
{
    return {QRectF(centre - QPointF(50, 30), QSizeF(100, 60)), centre};
}

/// Arrows and cards for one test; the arrows live as long as the fixture.
struct Canvas
{
    ArrowRouter router;
    std::deque<RoutedArrow> arrows;

    void card(const QString &id, const QPointF &centre) { router.addCard(id, cardAt(centre)); }
    RoutedArrow &arrow(const QString &from, const QString &to, int family = 0)
    {
        RoutedArrow &a = arrows.emplace_back();
        a.pair = {from, to};
        a.family = family;
        a.labelBounds = QRectF(-1, -1, 62, 18); // "TCP 8080, 4443" and a pixel around it
        if (from.isEmpty())
            a.markerPlate = QRectF(-20, -10, 40, 20);
        return a;
    }
    void layOut()
    {
        std::vector<RoutedArrow *> all;
        for (RoutedArrow &a : arrows)
            all.push_back(&a);
        router.setArrows(all);
        router.relayout();
    }
    std::vector<QRectF> cardRects(const QStringList &ids) const
    {
        std::vector<QRectF> rects;
        for (const QString &id : ids)
            rects.push_back(router.card(id)->rect);
        return rects;
    }
    QRectF labelRect(const RoutedArrow &a) const { return a.labelBounds.translated(a.labelPos()); }
};

} // namespace

class TestArrowRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curveEndsOnTheCards_data();
    void curveEndsOnTheCards();
    void overlappingCardsDrawNothing();
    void laneFansOut_data();
    void laneFansOut();
    void arrowBendsAroundACard_data();
    void arrowBendsAroundACard();
    void movedCardReroutesOnlyWhatItTouches();
    void followKeepsTheLabelOnTheCurve();
    void anyMarkerTakesTheFreeSide_data();
    void anyMarkerTakesTheFreeSide();
    void labelsAvoidCardsAndEachOther();
    void removedArrowsLeaveTheirLane();
};

void TestArrowRouter::curveEndsOnTheCards_data()
{
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<qreal>("bend");
    QTest::newRow("right, straight") << QPointF(400, 0) << 0.0;
    QTest::newRow("right, bent") << QPointF(400, 0) << 26.0;
    QTest::newRow("below, bent the other way") << QPointF(0, 300) << -39.0;
    QTest::newRow("diagonal") << QPointF(-300, -250) << 13.0;
}

void TestArrowRouter::curveEndsOnTheCards()
{
    QFETCH(QPointF, to);
    QFETCH(qreal, bend);
    const ArrowRouter::Card a = cardAt({0, 0});
    const ArrowRouter::Card b = cardAt(to);
    ArrowCurve curve;
    curve.setEnds(a.rect, a.position, b.rect, b.position, bend);
    QVERIFY(!curve.isEmpty());
    // It leaves one card's border and its head touches the other's, two pixels off.
    QVERIFY(distanceToBorder(a.rect, curve.start()) < 1.5);
    QVERIFY(std::abs(distanceToBorder(b.rect, curve.tip()) - 2) < 0.01);
    QCOMPARE(curve.pointAt(0), curve.start());
    QCOMPARE(curve.pointAt(1), curve.tip());
    QCOMPARE(curve.head().size(), 3);
    QCOMPARE(curve.head().first(), curve.tip());
    // The middle lies about `bend` to the side of the line between the centres.
    const qreal side = distanceToLine(curve.pointAt(0.5), a.position, b.position);
    QVERIFY2(std::abs(side - std::abs(bend)) < 3, qPrintable(QString::number(side)));
    const QRectF bounds = curve.boundingRect();
    // The line, the head and room for the halo around them.
    QPolygonF drawn = curve.head();
    for (int i = 0; i <= 16; ++i)
        drawn << curve.pointAt(i / 16.0);
    for (const QPointF &p : std::as_const(drawn))
        QVERIFY(bounds.adjusted(5.9, 5.9, -5.9, -5.9).contains(p));
    // A straight curve crosses no card beside it, a card on its way it does.
    std::vector<QRectF> others{cardAt((a.position + b.position) / 2).rect};
    if (bend == 0)
        QVERIFY(curve.crosses(others, a.rect, b.rect));
    QVERIFY(!curve.crosses({cardAt({0, -1000}).rect}, a.rect, b.rect));
    QVERIFY(!curve.crosses({a.rect, b.rect}, a.rect, b.rect)); // its own ends do not count
}

void TestArrowRouter::overlappingCardsDrawNothing()
{
    const ArrowRouter::Card a = cardAt({0, 0});
    const ArrowRouter::Card b = cardAt({60, 20});
    ArrowCurve curve;
    curve.setEnds(a.rect, a.position, b.rect, b.position, 0);
    QVERIFY(curve.isEmpty());
    QVERIFY(curve.boundingRect().isNull());
    QVERIFY(!curve.crosses({cardAt({30, 10}).rect}, a.rect, b.rect));
    QCOMPARE(curve.pointAt(0.5), a.position);
}

void TestArrowRouter::laneFansOut_data()
{
    QTest::addColumn<int>("forward");
    QTest::addColumn<int>("backward");
    QTest::newRow("one arrow") << 1 << 0;
    QTest::newRow("both directions") << 1 << 1;
    QTest::newRow("two families and the way back") << 2 << 1;
    QTest::newRow("three and two") << 3 << 2;
}

void TestArrowRouter::laneFansOut()
{
    QFETCH(int, forward);
    QFETCH(int, backward);
    Canvas canvas;
    canvas.card(QStringLiteral("a"), {0, 0});
    canvas.card(QStringLiteral("b"), {500, 0});
    for (int f = 0; f < forward; ++f)
        canvas.arrow(QStringLiteral("a"), QStringLiteral("b"), f);
    for (int f = 0; f < backward; ++f)
        canvas.arrow(QStringLiteral("b"), QStringLiteral("a"), f);
    canvas.layOut();
    // Nothing in the way: the lane keeps its fan, centred on the straight line,
    // one laneGap between neighbours; the middles are that far apart.
    std::vector<qreal> ys;
    for (const RoutedArrow &a : canvas.arrows) {
        QVERIFY(!a.curve.isEmpty());
        ys.push_back(a.curve.pointAt(0.5).y());
    }
    std::sort(ys.begin(), ys.end());
    const int n = forward + backward;
    QVERIFY(std::abs(ys.front() + ys.back()) < 1.5); // symmetric about the line
    for (size_t i = 1; i < ys.size(); ++i)
        QVERIFY2(std::abs(ys[i] - ys[i - 1] - ArrowRouter::laneGap) < 2,
                 qPrintable(QStringLiteral("%1 %2").arg(ys[i - 1]).arg(ys[i])));
    if (n == 1)
        QCOMPARE(canvas.arrows.front().bend, 0.0);
}

void TestArrowRouter::arrowBendsAroundACard_data()
{
    QTest::addColumn<QPointF>("blocker");
    QTest::addColumn<bool>("bends");
    QTest::newRow("nothing in the way") << QPointF(250, 400) << false;
    QTest::newRow("a card just beside the line") << QPointF(250, 45) << false;
    QTest::newRow("a card on the line") << QPointF(250, 0) << true;
    QTest::newRow("a card half across the line") << QPointF(250, 20) << true;
}

void TestArrowRouter::arrowBendsAroundACard()
{
    QFETCH(QPointF, blocker);
    QFETCH(bool, bends);
    Canvas canvas;
    canvas.card(QStringLiteral("a"), {0, 0});
    canvas.card(QStringLiteral("b"), {500, 0});
    canvas.card(QStringLiteral("c"), blocker);
    RoutedArrow &arrow = canvas.arrow(QStringLiteral("a"), QStringLiteral("b"));
    canvas.layOut();
    QCOMPARE(arrow.bend != 0, bends);
    const auto rects =
        canvas.cardRects({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QVERIFY(!arrow.curve.crosses(rects, rects[0], rects[1]));
    QVERIFY(std::abs(arrow.bend) <= 160); // the widest detour tried
}

void TestArrowRouter::movedCardReroutesOnlyWhatItTouches()
{
    Canvas canvas;
    canvas.card(QStringLiteral("a"), {0, 0});
    canvas.card(QStringLiteral("b"), {500, 0});
    canvas.card(QStringLiteral("c"), {0, 1000});
    canvas.card(QStringLiteral("d"), {500, 1000});
    canvas.card(QStringLiteral("blocker"), {250, 2000});
    RoutedArrow &top = canvas.arrow(QStringLiteral("a"), QStringLiteral("b"));
    RoutedArrow &bottom = canvas.arrow(QStringLiteral("c"), QStringLiteral("d"));
    canvas.layOut();
    QCOMPARE(top.bend, 0.0);
    QCOMPARE(bottom.bend, 0.0);

    // Dropped onto the top arrow: it bends, the bottom one stays.
    canvas.router.moveCard(QStringLiteral("blocker"), cardAt({250, 0}));
    canvas.router.relayout();
    QVERIFY(top.bend != 0);
    QCOMPARE(bottom.bend, 0.0);
    const auto rects =
        canvas.cardRects({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("blocker")});
    QVERIFY(!top.curve.crosses(rects, rects[0], rects[1]));

    // Moved on to the bottom arrow: the top one straightens, where it was is free.
    canvas.router.moveCard(QStringLiteral("blocker"), cardAt({250, 1000}));
    canvas.router.relayout();
    QCOMPARE(top.bend, 0.0);
    QVERIFY(bottom.bend != 0);
}

void TestArrowRouter::followKeepsTheLabelOnTheCurve()
{
    Canvas canvas;
    canvas.card(QStringLiteral("a"), {0, 0});
    canvas.card(QStringLiteral("b"), {500, 0});
    RoutedArrow &arrow = canvas.arrow(QStringLiteral("a"), QStringLiteral("b"));
    canvas.layOut();
    const QPointF tip = arrow.curve.tip();
    const qreal fraction = arrow.labelFraction;
    QVERIFY(distance(arrow.labelPos() + arrow.labelBounds.center(), arrow.curve.pointAt(fraction)) <
            1e-9);

    // One frame of a drag: the card moves, the arrow follows at once.
    canvas.router.moveCard(QStringLiteral("b"), cardAt({500, 100}));
    canvas.router.follow(arrow);
    QVERIFY(arrow.curve.tip() != tip);
    QVERIFY(std::abs(
                distanceToBorder(canvas.router.card(QStringLiteral("b"))->rect, arrow.curve.tip()) -
                2) < 0.01);
    QCOMPARE(arrow.labelFraction, fraction);
    QVERIFY(distance(arrow.labelPos() + arrow.labelBounds.center(), arrow.curve.pointAt(fraction)) <
            1e-9);
}

void TestArrowRouter::anyMarkerTakesTheFreeSide_data()
{
    QTest::addColumn<QList<QPointF>>("others");
    QTest::addColumn<QPointF>("direction"); // where the marker should go, from the host
    QTest::newRow("alone: the left") << QList<QPointF>() << QPointF(-1, 0);
    QTest::newRow("a card on the left: the upper left")
        << QList<QPointF>{{-150, 0}} << QPointF(-1, -1);
    QTest::newRow("cards on three left sides: above")
        << QList<QPointF>{{-150, 0}, {-150, -95}, {-150, 95}} << QPointF(0, -1);
}

void TestArrowRouter::anyMarkerTakesTheFreeSide()
{
    QFETCH(QList<QPointF>, others);
    QFETCH(QPointF, direction);
    Canvas canvas;
    canvas.card(QStringLiteral("edge"), {0, 0});
    for (qsizetype i = 0; i < others.size(); ++i)
        canvas.card(QStringLiteral("other%1").arg(i), others[i]);
    RoutedArrow &logging = canvas.arrow(QString(), QStringLiteral("edge"), 2);
    RoutedArrow &second = canvas.arrow(QString(), QStringLiteral("edge"), 3);
    canvas.layOut();
    const QPointF offset = logging.markerOffset;
    QCOMPARE(offset.x() < -1 ? -1.0 : offset.x() > 1 ? 1.0 : 0.0, direction.x());
    QCOMPARE(offset.y() < -1 ? -1.0 : offset.y() > 1 ? 1.0 : 0.0, direction.y());
    QCOMPARE(logging.markerPos, QPointF(0, 0) + offset);
    // The arrow runs from the marker's plate to the card.
    QVERIFY(!logging.curve.isEmpty());
    QVERIFY(distanceToBorder(logging.sceneMarkerPlate(), logging.curve.start()) < 1.5);
    // A second `any` family into the same host stacks its marker below the first.
    QCOMPARE(second.markerOffset.x(), offset.x());
    QCOMPARE(second.markerOffset.y() - offset.y(), logging.markerPlate.height() + 2 + 10);
    QVERIFY(!logging.sceneMarkerPlate().intersects(second.sceneMarkerPlate()));
}

void TestArrowRouter::labelsAvoidCardsAndEachOther()
{
    // A Director between four Front-Ends and an Edge, as in the sample: ten
    // labels on short arrows, with room for all.
    Canvas canvas;
    canvas.card(QStringLiteral("dir"), {0, 0});
    canvas.card(QStringLiteral("edge"), {-300, 200});
    QStringList ids{QStringLiteral("dir"), QStringLiteral("edge")};
    for (int i = 0; i < 4; ++i) {
        const QString fe = QStringLiteral("fe%1").arg(i);
        canvas.card(fe, {400, -240.0 + 160 * i});
        canvas.arrow(QStringLiteral("dir"), fe);
        canvas.arrow(QStringLiteral("edge"), fe, 1);
        ids << fe;
    }
    canvas.arrow(QStringLiteral("dir"), QStringLiteral("edge"), 1);
    canvas.arrow(QStringLiteral("edge"), QStringLiteral("dir"), 1);
    canvas.layOut();
    const auto cards = canvas.cardRects(ids);
    std::vector<QRectF> labels;
    for (const RoutedArrow &a : canvas.arrows) {
        QVERIFY(!a.curve.isEmpty());
        const QRectF label = canvas.labelRect(a).adjusted(1, 1, -1, -1);
        for (const QRectF &card : cards)
            QVERIFY2(!label.intersects(card),
                     qPrintable(a.pair.source + u'>' + a.pair.destination));
        for (const QRectF &other : labels)
            QVERIFY(!label.intersects(other));
        labels.push_back(label);
    }
}

void TestArrowRouter::removedArrowsLeaveTheirLane()
{
    Canvas canvas;
    canvas.card(QStringLiteral("a"), {0, 0});
    canvas.card(QStringLiteral("b"), {500, 0});
    canvas.card(QStringLiteral("c"), {250, 400});
    RoutedArrow &there = canvas.arrow(QStringLiteral("a"), QStringLiteral("b"));
    RoutedArrow &back = canvas.arrow(QStringLiteral("b"), QStringLiteral("a"));
    RoutedArrow &other = canvas.arrow(QStringLiteral("a"), QStringLiteral("c"));
    canvas.layOut();
    QCOMPARE(canvas.router.arrows().size(), size_t(3));
    QVERIFY(there.bend != 0 && back.bend != 0); // a lane of two

    canvas.router.removeArrows({&there, &back});
    QCOMPARE(canvas.router.arrows(), std::vector<RoutedArrow *>{&other});
    // A move of their host re-routes its lanes: the removed one is not among them.
    there.bend = back.bend = 1234;
    canvas.router.moveCard(QStringLiteral("a"), cardAt({0, 10}));
    canvas.router.relayout();
    QCOMPARE(there.bend, 1234.0);
    QCOMPARE(back.bend, 1234.0);
    QVERIFY(!other.curve.isEmpty());
    QVERIFY(distanceToBorder(canvas.router.card(QStringLiteral("a"))->rect, other.curve.start()) <
            1.5);
    canvas.router.removeCard(QStringLiteral("b"));
    QCOMPARE(canvas.router.cardCount(), size_t(2));
    QVERIFY(!canvas.router.card(QStringLiteral("b")));
}

QTEST_GUILESS_MAIN(TestArrowRouter)
#include "tst_arrowrouter.moc"
