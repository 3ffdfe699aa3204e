#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <functional>

/// Answers the modal dialogs a test's call opens, one step a dialog, in order:
/// each step gets the dialog and must close it. A dialog beyond the steps is
/// counted and rejected, so a wrong dialog fails a test instead of hanging it.
class ModalAnswerer : public QObject
{
public:
    using Step = std::function<void(QWidget *)>;

    explicit ModalAnswerer(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            if (m_steps.isEmpty()) {
                ++m_unexpected;
                QMetaObject::invokeMethod(modal, "reject");
                return;
            }
            ++m_answered;
            m_steps.takeFirst()(modal);
        });
        m_timer.start();
    }

    int answered() const { return m_answered; }
    int unexpected() const { return m_unexpected; }
    bool done() const { return m_steps.isEmpty(); }

private:
    QList<Step> m_steps;
    QTimer m_timer;
    int m_answered = 0;
    int m_unexpected = 0;
};
