#include "reports/PrintService.h"
