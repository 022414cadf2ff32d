#include "afternextpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace {

class NextPaintHook : public QObject
{
public:
    NextPaintHook(QWidget *window, std::function<void()> work, int fallbackMs)
        : QObject(window)
        , m_window(window)
        , m_work(std::move(work))
    {
        QCoreApplication::instance()->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, &NextPaintHook::run);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            // Queued: the rest of this frame is painted first.
            QMetaObject::invokeMethod(this, &NextPaintHook::run, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (!m_work) {
            return;
        }
        QCoreApplication::instance()->removeEventFilter(this);
        const std::function<void()> work = std::exchange(m_work, nullptr);
        deleteLater();
        work();
    }

    QWidget *m_window;
    std::function<void()> m_work;
    bool m_done = false;
};

} // namespace

void afterNextPaint(QWidget *window, std::function<void()> work, int fallbackMs)
{
    new NextPaintHook(window, std::move(work), fallbackMs);
}
