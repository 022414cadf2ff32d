#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs `work` once `window` has painted its next frame (or after `fallbackMs`, should it not
// paint, e.g. started minimised or hidden), so that what the window does not need in order to
// show itself does not delay it: at start-up, or after an answer arrives. Frames come from a
// timer of the platform, not from the event queue, hence a hook rather than a posted event. The
// hook deletes itself.
void afterNextPaint(QWidget *window, std::function<void()> work, int fallbackMs = 2000);
