#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Ends a start-up benchmark: takes the time of the first paint of a window since $BENCH_T0_US
// (microseconds since the epoch, taken by scripts/bench just before starting the process), lets
// the application settle for another `settleMs` (whatever it starts after its first paint runs),
// then prints both and the peak RSS so far on standard output, and quits the event loop.
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    // `extra` is appended to the line printed, e.g. "keychain_calls=0".
    static constexpr int settleMs = 300;

    FirstPaint(QWidget *window, std::function<QString()> extra = {}, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void painted();
    void report();

    QWidget *m_window;
    std::function<QString()> m_extra;
    bool m_seen = false;
    double m_firstPaintMs = -1;
};
