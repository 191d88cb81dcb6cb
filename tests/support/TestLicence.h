#pragma once
#include "models/club/Licence.h"

class Store;

// The test key pair: made for the tests, never shipped and never trusted by the app (which
// trusts the vendor key it is built with). Tests sign licences with it through the same
// Licence::signedFile the vendor's tool uses, and trust it through the same setter main() uses.
namespace TestLicence {

QByteArray publicKey();
QByteArray secretKey();
// Makes the test key the trusted one for this process.
void trustTestKey();

// A licence for the company stored in `store` (its name and national ID), both modules, valid
// for a year from today, with the given edition and seats (-1 = unlimited).
Licence forCompanyOf(Store &store, ClubSettings::Edition edition, int customerSeats, int agentSeats);
// Signs `licence` with the test key and installs it as the local administrator; false (with a
// warning) when refused. The store must hold a company profile with a national ID; gives the
// store one («شرکت آزمایشی», 10101010107) when it has none.
bool install(Store &store, const Licence &licence);
bool install(Store &store, ClubSettings::Edition edition, int customerSeats = -1, int agentSeats = -1);

} // namespace TestLicence
