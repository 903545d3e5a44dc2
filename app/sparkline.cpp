#include "sparkline.h"
