#pragma once
// The demo company's licence, signed once with the Vafa vendor's key by
//   vafa-licence-sign sign --key vendor.secret --company "شرکت فن‌آوران وفا پارس (سهامی خاص)"
//       --national-id 10320046006 --edition standard --modules customer,agent
//       --customer-seats 5000 --agent-seats 15 --expires 2031-03-20 --issued 2026-12-03 --serial DEMO-1
// so that `vafa --demo` and the screenshot tour show a real, verified licence. It grants exactly
// the standard edition's limits, what a company has without any licence, so a copy of it gives
// nobody anything. A build with another vendor key shows it as signed with another key.
namespace DemoLicence {
inline constexpr char kNationalId[] = "10320046006";
inline constexpr char kText[] = "VAFA-LICENCE-1\n"
                                 "eyJhZ2VudFNlYXRzIjoxNSwiY29tcGFueSI6Iti02LHaqdiqINmB2YbigIzYotmI2LHYp9mGINmI2YHYpyDZvtin2LHYsyAo2LPZh9in2YXbjCDYrtin2LUpIiwiY3VzdG9tZXJTZWF0cyI6NTAwMCwiZWRpdGlvbiI6InN0YW5kYXJkIiwiZXhwaXJlcyI6IjIwMzEtMDMtMjAiLCJmb3JtYXQiOjEsImlzc3VlZCI6IjIwMjYtMTItMDMiLCJrZXkiOiI3YjQ0YmJhODE2YTg5YjQzIiwibW9kdWxlcyI6WyJjdXN0b21lciIsImFnZW50Il0sIm5hdGlvbmFsSWQiOiIxMDMyMDA0NjAwNiIsInNlcmlhbCI6IkRFTU8tMSJ9\n"
                                 "Xd6KzRGNWpYXtL9wIh6ECLJnv2N946fBzrRuW0LzYHtHHqrkLkOZRdIkQDY+Kb942npHxHfuH7z+0kRDl8u/Cg==\n";
} // namespace DemoLicence
