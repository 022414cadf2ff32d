#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class KeyFilterProxyModel;
class KeyRepository;
class KeyTableModel;
class Prompter;

// Keyrack's main window: HitBTC's API-keys page as a desktop table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `loadError`, when not empty, is shown instead of the table (e.g. a damaged metadata file).
    MainWindow(KeyRepository *repository, Prompter *prompter, const QString &loadError = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    KeyTableModel *model() const { return m_model; }
    KeyFilterProxyModel *proxy() const { return m_proxy; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void newKey();
    void deleteKeyAt(const QModelIndex &proxyIndex);

private:
    void setBusy(bool busy, const QString &message = {});
    void updatePage();
    void copyPublicKey();
    void fillEnvironmentFilter();

    std::unique_ptr<Ui::MainWindow> m_ui;
    KeyRepository *m_repository;
    Prompter *m_prompter;
    KeyTableModel *m_model;
    KeyFilterProxyModel *m_proxy;
    QString m_loadError;
    bool m_busy = false;
};
