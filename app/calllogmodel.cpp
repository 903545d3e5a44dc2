#include "calllogmodel.h"
