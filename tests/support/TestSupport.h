#pragma once
#include <QString>
// Shared helpers for the tests (temporary stores, the throwaway PostgreSQL's settings).
namespace TestSupport {
// Reads the throwaway PostgreSQL's connection settings written by pg-throwaway.sh; empty when absent.
QString pgEnvFile();
}
