#include "firstpaint.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <sys/resource.h>

FirstPaint::FirstPaint(QWidget *window, std::function<QString()> extra, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_extra(std::move(extra))
{
    qApp->installEventFilter(this);
    // A window that never paints is a failure, not a hang.
    QTimer::singleShot(60000, this, [] {
        std::fprintf(stderr, "no paint within 60 s\n");
        QCoreApplication::exit(3);
    });
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_seen = true;
        // The rest of this frame (the children) is painted before the queued call runs.
        QMetaObject::invokeMethod(this, &FirstPaint::painted, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaint::painted()
{
    const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    const qint64 start = qgetenv("BENCH_T0_US").toLongLong();
    m_firstPaintMs = start > 0 ? static_cast<double>(now - start) / 1000.0 : -1.0;
    QTimer::singleShot(settleMs, this, &FirstPaint::report);
}

void FirstPaint::report()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const QString extra = m_extra ? QStringLiteral(" ") + m_extra() : QString();
    std::printf("first_paint_ms=%.3f peak_rss_kib=%ld settle_ms=%d%s\n", m_firstPaintMs,
                usage.ru_maxrss, settleMs, qPrintable(extra));
    std::fflush(stdout);
    QCoreApplication::quit();
}
