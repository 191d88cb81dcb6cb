#pragma once
#include "ui/shell/SectionKit.h"

struct Session;

// The screens of central mode for the screenshot tour: the connection profile as a person
// fills it in, the first start with its server choice, and the status bar of a workstation
// (connected, and while a lost connection is retried). Nothing is saved and nothing connects.
namespace ServerScreens {
bool tour(const SectionKit::TourShot &shoot);
// The main window of `session` as a workstation of the server «name» shows it.
bool tourStatusBar(const Session &session, const SectionKit::TourShot &shoot);
}
