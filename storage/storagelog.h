#pragma once

#include <QLoggingCategory>

// The one logging category of ledger_storage; enable with
// QT_LOGGING_RULES="ledger.storage.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
