#pragma once
#include "reports/PrintService.h"

#include <QList>
#include <QString>

// The letters that hand new club members their sign-in details: one A4 page each, in Persian,
// right to left, printed through PrintService like every other Vafa document.
namespace CredentialLetters {

struct Letter
{
    QString name;
    QString username;
    QString password;
};

struct Sender
{
    QString company;     // the company's name, at the top of each letter
    QString clubAddress; // where members sign in (ClubSettings::clubAddress)
};

// The HTML of one letter; every value is escaped.
QString html(const Letter &letter, const Sender &sender);
// All letters in one PDF, one page per letter; no file when cancelled or failed.
PrintService::BatchResult writePdf(const QList<Letter> &letters, const Sender &sender, const QString &path,
                                   const PrintService::Progress &progress = {},
                                   const PrintService::Cancelled &cancelled = {});

} // namespace CredentialLetters
