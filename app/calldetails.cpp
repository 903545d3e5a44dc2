#include "calldetails.h"
