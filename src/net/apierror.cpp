#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

ApiError::Meaning ApiError::meaning() const
{
    switch (code) {
    case 1001:
        return Meaning::NoCredentials;
    case 1002:
        return Meaning::AuthorisationFailed;
    case 1003:
        return Meaning::RightMissing;
    case 1004:
        return Meaning::UnsupportedScheme;
    case 429:
        return Meaning::TooManyRequests;
    case 10001:
        return Meaning::Validation;
    case 20001:
        return Meaning::InsufficientFunds;
    case 20002:
        return Meaning::OrderNotFound;
    case 20005:
        return Meaning::PayoutNotFound;
    default:
        return Meaning::Other;
    }
}

std::optional<ApiError> ApiError::decode(QByteArrayView body)
{
    // Error bodies are small; anything huge is not one and is not worth parsing.
    if (body.isEmpty() || body.size() > 64 * 1024) {
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonValue errorValue = document.object().value(QLatin1String("error"));
    if (!errorValue.isObject()) {
        return std::nullopt;
    }
    const QJsonObject error = errorValue.toObject();
    const QJsonValue codeValue = error.value(QLatin1String("code"));
    ApiError out;
    if (codeValue.isDouble()) {
        const double code = codeValue.toDouble();
        if (code < -2147483648.0 || code > 2147483647.0 || code != static_cast<int>(code)) {
            return std::nullopt;
        }
        out.code = static_cast<int>(code);
    } else if (codeValue.isString()) {
        bool ok = false;
        out.code = codeValue.toString().trimmed().toInt(&ok);
        if (!ok) {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    out.message = error.value(QLatin1String("message")).toString();
    out.description = error.value(QLatin1String("description")).toString();
    return out;
}

QString ApiError::explanation() const
{
    switch (meaning()) {
    case Meaning::NoCredentials:
        return tr("The request carried no credentials.");
    case Meaning::AuthorisationFailed:
        return tr("Authorisation failed: the key is switched OFF or deleted on the exchange, the "
                  "secret is wrong, or the clock is off by more than the window.");
    case Meaning::RightMissing:
        return tr("Right missing: this key is not allowed to make this request.");
    case Meaning::UnsupportedScheme:
        return tr("The exchange does not accept this authorisation scheme.");
    case Meaning::TooManyRequests:
        return tr("Too many requests: wait a moment before trying again.");
    case Meaning::Validation:
        return tr("The exchange refused the parameters: check the query and the body.");
    case Meaning::InsufficientFunds:
        return tr("Insufficient funds on the account for this request.");
    case Meaning::OrderNotFound:
        return tr("No such order.");
    case Meaning::PayoutNotFound:
        return tr("No such withdrawal.");
    case Meaning::Other:
        break;
    }
    return {};
}
