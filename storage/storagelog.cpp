#include "storagelog.h"

Q_LOGGING_CATEGORY(lcStorage, "ledger.storage", QtInfoMsg)
