#pragma once
// PointRepository lives with the other money repositories.
#include "models/repositories/FinanceRepositories.h"
