# files of ui/shell: the main window, sign-in, the application controller and the workspace
qt_wrap_ui(vafa_ui_forms
    shell/forms/LoginDialog.ui)
target_sources(vafa_ui PRIVATE ${vafa_ui_forms}
    shell/AppSetup.h shell/AppSetup.cpp
    shell/AppController.h shell/AppController.cpp
    shell/Labels.h shell/Labels.cpp
    shell/Session.h shell/Session.cpp
    shell/MainWindow.h shell/MainWindow.cpp
    shell/LoginDialog.h shell/LoginDialog.cpp
    shell/ScreenshotTour.h shell/ScreenshotTour.cpp
    shell/SectionKit.h shell/SectionKit.cpp
    shell/StaffActions.h shell/StaffActions.cpp
    shell/Workspace.h shell/Workspace.cpp)
