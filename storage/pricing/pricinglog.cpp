#include "pricinglog.h"

Q_LOGGING_CATEGORY(lcPricing, "ledger.pricing")
