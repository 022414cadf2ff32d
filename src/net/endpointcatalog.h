#pragma once

#include "core/accessrights.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// One HitBTC v3 REST endpoint as the test-call panel, the audit and the sandbox know it.
struct Endpoint
{
    QByteArray method;
    QString path; // without "/api/3", with "{name}" placeholders
    std::optional<Right> right; // none: public
    bool changesState = false;
    QString description;
    QString exampleQuery; // encoded, for the panel's first try
    QString exampleBody; // JSON
};

// The endpoints of ../shared/reference/hitbtc-api-v3.md, in one table.
namespace EndpointCatalog {

const QList<Endpoint> &all();
// The catalogue entry serving METHOD PATH ("/api/3" optional), placeholders matching one
// path segment; nothing for an unknown path.
std::optional<Endpoint> match(QByteArrayView method, QStringView path);

} // namespace EndpointCatalog
