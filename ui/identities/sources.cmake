# files of ui/identities: the identities list and the category tree
qt_wrap_ui(vafa_identities_forms
    identities/forms/CategoryMoveDialog.ui)
target_sources(vafa_ui PRIVATE ${vafa_identities_forms}
    identities/IdentityPages.h identities/IdentityPages.cpp
    identities/CategoryTreePage.h identities/CategoryTreePage.cpp)
