#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class ApiClient;
class AppSettings;
class KeyFilterProxyModel;
class KeyRepository;
class KeyTableModel;
class Prompter;
class QDockWidget;
class QProgressBar;
class QPushButton;
class RightsAuditor;
class SandboxServer;
class TestCallPanel;
class TwoFactor;
struct AuditReport;

// Keyrack's main window: HitBTC's API-keys page as a desktop table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `loadError`, when not empty, is shown instead of the table (e.g. a damaged metadata file).
    MainWindow(KeyRepository *repository, Prompter *prompter, AppSettings *settings,
               const QString &loadError = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    KeyTableModel *model() const { return m_model; }
    KeyFilterProxyModel *proxy() const { return m_proxy; }
    bool isBusy() const { return m_busy; }
    bool isAuditing() const { return !m_auditQueue.isEmpty() || m_auditing; }
    // The test-call panel, built on first use (shown, or asked for here).
    TestCallPanel *testCallPanel();
    QDockWidget *testCallDock() const { return m_testCallDock; }
    // The embedded sandbox: its address is shown in the header and used for sandbox keys.
    void setSandbox(SandboxServer *sandbox);
    // The second factor the Settings dialog switches on and off; without it, Settings offers
    // no two-factor codes.
    void setTwoFactor(TwoFactor *twoFactor) { m_twoFactor = twoFactor; }

public Q_SLOTS:
    void newKey();
    void deleteKeyAt(const QModelIndex &proxyIndex);
    void auditSelected();
    void auditAll();
    void cancelAudit();
    void exportReport();
    void openReport();
    void openSettings();

Q_SIGNALS:
    void auditsFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setBusy(bool busy, const QString &message = {});
    void updatePage();
    void copyPublicKey();
    void fillEnvironmentFilter();
    void createMenus();
    void audit(const QList<QUuid> &ids);
    void auditNext();
    void auditDone(const AuditReport &report);
    QByteArray reportBytes(const QString &fileName) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    KeyRepository *m_repository;
    Prompter *m_prompter;
    KeyTableModel *m_model;
    KeyFilterProxyModel *m_proxy;
    AppSettings *m_settings;
    ApiClient *m_client;
    RightsAuditor *m_auditor;
    TestCallPanel *m_testCall = nullptr;
    QDockWidget *m_testCallDock;
    QProgressBar *m_auditProgress;
    QPushButton *m_cancelAuditButton;
    SandboxServer *m_sandbox = nullptr;
    TwoFactor *m_twoFactor = nullptr;
    QList<QUuid> m_auditQueue;
    int m_auditTotal = 0;
    int m_auditDiffering = 0;
    bool m_auditing = false;
    QString m_loadError;
    bool m_busy = false;
};
