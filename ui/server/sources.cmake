# files of ui/server: central mode on a workstation (connection profiles; DESIGN §5)
qt_wrap_ui(vafa_server_forms
    server/forms/ConnectionProfileDialog.ui
    server/forms/ConnectionChooser.ui)
target_sources(vafa_ui PRIVATE ${vafa_server_forms}
    server/ConnectionProfileDialog.h server/ConnectionProfileDialog.cpp
    server/ConnectionChooser.h server/ConnectionChooser.cpp
    server/ServerScreens.h server/ServerScreens.cpp)
