#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// HitBTC's error body, {"error":{"code":..,"message":..,"description":..}}, decoded.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    int code = 0;
    QString message;
    QString description;

    enum class Meaning {
        Other,
        NoCredentials, // 401/1001
        AuthorisationFailed, // 401/1002
        RightMissing, // 403/1003
        UnsupportedScheme, // 401/1004
        TooManyRequests, // 429
        Validation, // 10001
        InsufficientFunds, // 20001
        OrderNotFound, // 20002
        PayoutNotFound, // 20005
    };
    Meaning meaning() const;

    // Nothing when the body is not HitBTC's error JSON (codes may arrive as strings).
    static std::optional<ApiError> decode(QByteArrayView body);
    // What the error most likely means for the key that made the call.
    QString explanation() const;
};
