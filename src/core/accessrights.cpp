#include "accessrights.h"

#include <QCoreApplication>

AccessRights AccessRights::all()
{
    return fromBits(0xF);
}

void AccessRights::set(Right right, bool on)
{
    if (on) {
        m_bits |= static_cast<unsigned>(right);
    } else {
        m_bits &= ~static_cast<unsigned>(right);
    }
}

int AccessRights::count() const
{
    int n = 0;
    for (Right r : allRights) {
        n += has(r) ? 1 : 0;
    }
    return n;
}

AccessRights AccessRights::fromBits(unsigned bits)
{
    AccessRights rights;
    rights.m_bits = bits & 0xF;
    return rights;
}

QStringList AccessRights::shortNames() const
{
    QStringList names;
    for (Right r : allRights) {
        if (has(r)) {
            names << shortName(r);
        }
    }
    return names;
}

std::optional<AccessRights> AccessRights::parse(const QString &list, QString *error)
{
    AccessRights rights;
    const QStringList parts = list.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("AccessRights",
                                                 "No right named; use read, trade, payment, "
                                                 "withdraw or all.");
        }
        return std::nullopt;
    }
    for (const QString &raw : parts) {
        const QString name = raw.trimmed().toLower();
        if (name == u"all") {
            rights = all();
            continue;
        }
        const std::optional<Right> right = rightFromShortName(name);
        if (!right) {
            if (error) {
                *error = QCoreApplication::translate("AccessRights",
                                                     "Unknown right \"%1\"; use read, trade, "
                                                     "payment, withdraw or all.")
                             .arg(raw.trimmed());
            }
            return std::nullopt;
        }
        rights.set(*right);
    }
    return rights;
}

QString AccessRights::shortName(Right right)
{
    switch (right) {
    case Right::Read:
        return QStringLiteral("read");
    case Right::Trade:
        return QStringLiteral("trade");
    case Right::Payment:
        return QStringLiteral("payment");
    case Right::Withdraw:
        return QStringLiteral("withdraw");
    }
    return {};
}

std::optional<Right> AccessRights::rightFromShortName(const QString &name)
{
    for (Right r : allRights) {
        if (shortName(r) == name) {
            return r;
        }
    }
    return std::nullopt;
}

QString AccessRights::title(Right right)
{
    switch (right) {
    case Right::Read:
        return QCoreApplication::translate("AccessRights", "Order book, History, Trading balance");
    case Right::Trade:
        return QCoreApplication::translate("AccessRights", "Place/cancel orders");
    case Right::Payment:
        return QCoreApplication::translate("AccessRights", "Payment information");
    case Right::Withdraw:
        return QCoreApplication::translate("AccessRights", "Withdraw cryptocurrencies");
    }
    return {};
}
