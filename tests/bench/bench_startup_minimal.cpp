// The baseline of the start-up benchmark: a minimal Qt Widgets window with an empty table,
// started and measured exactly as bench_startup_keyrack.

#include "firstpaint.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(0, 13);
    auto *view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    FirstPaint firstPaint(&window);
    window.resize(1460, 560);
    window.show();
    return app.exec();
}
