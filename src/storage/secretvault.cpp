#include "secretvault.h"

SecretVault::~SecretVault() = default;
