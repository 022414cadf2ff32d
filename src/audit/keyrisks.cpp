#include "keyrisks.h"

bool KeyRisks::auditDue(const ApiKey &key, int reminderDays, const QDateTime &now)
{
    return !key.lastAudit || !key.lastAudit->time.isValid()
        || key.lastAudit->time.daysTo(now) >= reminderDays;
}

QStringList KeyRisks::notes(const ApiKey &key, const QList<ApiKey> &all, int reminderDays,
                            const QDateTime &now)
{
    QStringList out;
    if (key.rights.isAll()) {
        out << tr("\"Allow all\": this key may do everything, including withdrawals.");
    } else if (key.rights.has(Right::Withdraw)) {
        out << tr("Withdrawals allowed: this key can move funds off the exchange.");
    }
    if (key.lastAudit) {
        for (const Right right : AccessRights::allRights) {
            const Observed observed = key.lastAudit->observed(right);
            if (observed == Observed::Yes && !key.rights.has(right)) {
                out << tr("The last audit found \"%1\" allowed, which is not declared: this key "
                          "can do more than you think.")
                           .arg(AccessRights::title(right));
            } else if (observed == Observed::No && key.rights.has(right)) {
                out << tr("The last audit found \"%1\" refused, though it is declared.")
                           .arg(AccessRights::title(right));
            }
        }
    }
    const QDateTime since = key.lastUsed.isValid() ? key.lastUsed : key.created;
    if (since.isValid() && since.daysTo(now) >= unusedDays) {
        out << (key.lastUsed.isValid()
                    ? tr("Not used for %n day(s): revoke it if nothing needs it.", nullptr,
                         static_cast<int>(since.daysTo(now)))
                    : tr("Never used in %n day(s): revoke it if nothing needs it.", nullptr,
                         static_cast<int>(since.daysTo(now))));
    }
    if (!key.lastAudit) {
        out << tr("Never audited.");
    } else if (auditDue(key, reminderDays, now)) {
        out << tr("No audit for %n day(s).", nullptr,
                  static_cast<int>(key.lastAudit->time.daysTo(now)));
    }
    int twins = 0;
    for (const ApiKey &other : all) {
        if (other.id != key.id && other.publicKey == key.publicKey) {
            ++twins;
        }
    }
    if (twins > 0) {
        out << tr("The same public key is imported %n more time(s).", nullptr, twins);
    }
    return out;
}
