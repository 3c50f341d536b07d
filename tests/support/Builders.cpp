#include "support/Builders.h"
