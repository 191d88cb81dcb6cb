qt_wrap_ui(vafa_ui_forms
    forms/LoginDialog.ui)
target_sources(vafa_ui PRIVATE ${vafa_ui_forms}
    AppSetup.h AppSetup.cpp
    AppController.h AppController.cpp
    Labels.h Labels.cpp
    Session.h Session.cpp
    MainWindow.h MainWindow.cpp
    LoginDialog.h LoginDialog.cpp
    ScreenshotTour.h ScreenshotTour.cpp
    SectionKit.h SectionKit.cpp
    StaffActions.h StaffActions.cpp
    Workspace.h Workspace.cpp
    views/ClubDashboardPage.h views/ClubDashboardPage.cpp
    views/ListPage.h views/ListPage.cpp)
