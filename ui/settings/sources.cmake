qt_wrap_ui(vafa_settings_forms
    settings/forms/ClubSettingsPage.ui
    settings/forms/ItemTypeEditor.ui
    settings/forms/ItemTypesPage.ui
    settings/forms/IdentitySubtypeDialog.ui
    settings/forms/StaffPermissionsPage.ui
    settings/forms/StaffUserEditor.ui)
target_sources(vafa_ui PRIVATE ${vafa_settings_forms}
    settings/SettingsPages.h settings/SettingsPages.cpp
    settings/SettingsLabels.h settings/SettingsLabels.cpp
    settings/PageStyle.h settings/PageStyle.cpp
    settings/RichTextEditor.h settings/RichTextEditor.cpp
    settings/ClubSettingsPage.h settings/ClubSettingsPage.cpp
    settings/ClubFlagsMatrixModel.h settings/ClubFlagsMatrixModel.cpp
    settings/CustomFieldsModel.h settings/CustomFieldsModel.cpp
    settings/ItemTypeEditor.h settings/ItemTypeEditor.cpp
    settings/ItemTypesPage.h settings/ItemTypesPage.cpp
    settings/IdentitySubtypesTab.h settings/IdentitySubtypesTab.cpp
    settings/StaffPermissionsPage.h settings/StaffPermissionsPage.cpp
    settings/StaffUsersPage.h settings/StaffUsersPage.cpp
    settings/OpenSessionsPage.h settings/OpenSessionsPage.cpp
    settings/StaffUserEditor.h settings/StaffUserEditor.cpp)
