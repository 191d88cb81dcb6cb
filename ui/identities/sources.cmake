# files of ui/identities: the identities list, the identity editor, the identities import and the
# category tree
qt_wrap_ui(vafa_identities_forms
    identities/forms/IdentityEditor.ui
    identities/forms/DuplicateWarningDialog.ui
    identities/forms/IdentityImportSourcePage.ui
    identities/forms/CategoryMoveDialog.ui)
target_sources(vafa_ui PRIVATE ${vafa_identities_forms}
    identities/IdentityPages.h identities/IdentityPages.cpp
    identities/IdentityEditor.h identities/IdentityEditor.cpp
    identities/IdentityImportWizard.h identities/IdentityImportWizard.cpp
    identities/CategoryTreePage.h identities/CategoryTreePage.cpp)
