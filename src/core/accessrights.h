#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// One of the four access rights of HitBTC's API-keys page.
enum class Right : unsigned {
    Read = 0x1,
    Trade = 0x2,
    Payment = 0x4,
    Withdraw = 0x8,
};

// The set of rights a key has: what the page's four checkboxes (and "Allow all") show.
class AccessRights
{
public:
    static constexpr std::array<Right, 4> allRights {Right::Read, Right::Trade, Right::Payment,
                                                     Right::Withdraw};

    AccessRights() = default;
    static AccessRights none() { return {}; }
    static AccessRights all();

    bool has(Right right) const { return m_bits & static_cast<unsigned>(right); }
    void set(Right right, bool on = true);
    bool isAll() const { return m_bits == 0xF; }
    bool isNone() const { return m_bits == 0; }
    int count() const;
    unsigned bits() const { return m_bits; }
    static AccessRights fromBits(unsigned bits);

    // Rights in this set that `other` does not have.
    AccessRights minus(AccessRights other) const { return fromBits(m_bits & ~other.m_bits); }
    AccessRights unite(AccessRights other) const { return fromBits(m_bits | other.m_bits); }
    // Granting these needs a confirmation (on the site: e-mail and 2FA).
    bool hasSensitive() const { return has(Right::Trade) || has(Right::Withdraw); }

    QStringList shortNames() const;
    // Parses "read,trade" or "all"; on failure returns nullopt and sets *error.
    static std::optional<AccessRights> parse(const QString &list, QString *error);

    static QString shortName(Right right);
    static std::optional<Right> rightFromShortName(const QString &name);
    // The page's wording, e.g. "Place/cancel orders".
    static QString title(Right right);

    friend bool operator==(AccessRights a, AccessRights b) { return a.m_bits == b.m_bits; }

private:
    unsigned m_bits = 0;
};
