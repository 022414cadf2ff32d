#include "confirmgrantdialog.h"

#include "ui_confirmgrantdialog.h"

#include <QPushButton>

ConfirmGrantDialog::ConfirmGrantDialog(const ApiKey &key, AccessRights granted, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmGrantDialog>())
{
    m_ui->setupUi(this);
    QStringList powers;
    for (Right r : AccessRights::allRights) {
        if (granted.has(r)) {
            powers
                << QStringLiteral("<li><b>%1</b></li>").arg(AccessRights::title(r).toHtmlEscaped());
        }
    }
    m_ui->messageLabel->setText(
        tr("<p>Grant these rights to <b>%1</b> (%2, public key <tt>%3</tt>)?</p><ul>%4</ul>")
            .arg(key.label.toHtmlEscaped(), key.environment.displayName().toHtmlEscaped(),
                 key.publicKey.toHtmlEscaped(), powers.join(QString())));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Grant"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConfirmGrantDialog::~ConfirmGrantDialog() = default;
