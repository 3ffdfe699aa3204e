#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Portolan {

/// Parses @p json as a JSON object. On failure sets @p error to
/// "ORIGIN:LINE:COLUMN: what is wrong" and returns false.
bool parseJsonObject(const QByteArray &json, const QString &origin, QJsonObject *out,
                     QString *error);

/// Typed, path-aware reading of JSON content.
///
/// The first failure wins: once a read has failed every later read returns a
/// default value, so callers can read a whole object and check ok() once.
/// Error messages name the origin, the place (`host 'dir1'`) and the field.
class JsonReader
{
public:
    explicit JsonReader(QString origin)
        : m_origin(std::move(origin))
    {}

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    /// Pushes a place ("hosts[3]") that prefixes later messages; leave() pops it.
    void enter(const QString &place) { m_places.append(place); }
    /// Replaces the innermost place, e.g. once a host's id is known.
    void rename(const QString &place) { m_places.last() = place; }
    void leave() { m_places.removeLast(); }

    /// Records "field '@p key' @p what" at the current place, if no error is recorded yet.
    void fail(const QString &key, const QString &what);

    QString string(const QJsonObject &object, const QString &key);
    QString optionalString(const QJsonObject &object, const QString &key);
    bool optionalBool(const QJsonObject &object, const QString &key, bool fallback);
    /// An integral number within [min, max].
    int integer(const QJsonObject &object, const QString &key, int min, int max);
    /// A finite number within [-limit, limit]; @p fallback when absent.
    double optionalNumber(const QJsonObject &object, const QString &key, double fallback,
                          double limit);
    QJsonObject object(const QJsonObject &object, const QString &key);
    QJsonArray array(const QJsonObject &object, const QString &key);
    /// Element @p index of @p array, which must be an object.
    QJsonObject element(const QJsonArray &array, qsizetype index);

private:
    bool require(const QJsonObject &object, const QString &key, QJsonValue *value);
    void typeError(const QString &key, const QJsonValue &value, const QString &expected);

    QString m_origin;
    QStringList m_places;
    QString m_error;
};

/// "a string", "a number", ... for messages about JSON values.
QString describeJsonType(const QJsonValue &value);

} // namespace Portolan
