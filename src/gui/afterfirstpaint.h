#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs `work` once `window` has painted for the first time (or after `fallbackMs`, should it
// never paint, e.g. started minimised), so what the window does not need to show itself does not
// delay it. The hook deletes itself.
void afterFirstPaint(QWidget *window, std::function<void()> work, int fallbackMs = 2000);
