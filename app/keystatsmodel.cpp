#include "keystatsmodel.h"
