#pragma once

// Helpers shared by the GUI tests that drive real windows and dialogs.

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace GuiTest {

// Runs `act` on the next modal dialog of type T as soon as it is shown: a modal dialog blocks
// the caller, so it is answered from the event loop it runs.
template<typename T> void whenModalShows(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act]() {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
            // A failed check inside `act` returns early: do not leave the test blocked.
            if (QTest::currentTestFailed() && dialog->isVisible()) {
                dialog->hide();
            }
        }
    });
    timer->start();
}

inline QPushButton *button(QDialogButtonBox *box, QDialogButtonBox::StandardButton which)
{
    return box->button(which);
}

} // namespace GuiTest

using namespace GuiTest;
