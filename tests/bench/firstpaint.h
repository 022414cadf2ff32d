#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Ends a start-up benchmark at the first paint of a window: prints, on standard output, the time
// since $BENCH_T0_US (microseconds since the epoch, taken by scripts/bench just before starting
// the process) and the peak RSS so far, then quits the event loop.
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    // `extra` is appended to the line printed, e.g. "keychain_calls=0".
    FirstPaint(QWidget *window, std::function<QString()> extra = {}, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window;
    std::function<QString()> m_extra;
    bool m_seen = false;
};
