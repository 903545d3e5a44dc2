#include "kpimodel.h"
