#include "usageseriesmodel.h"
