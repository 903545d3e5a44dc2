#include "usagegroupmodel.h"
