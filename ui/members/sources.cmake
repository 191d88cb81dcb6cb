qt_wrap_ui(vafa_members_forms
    members/forms/MemberCreateDialog.ui
    members/forms/MemberEditDialog.ui
    members/forms/DefineUserDialog.ui
    members/forms/NewPasswordDialog.ui
    members/forms/BulkSourcePage.ui
    members/forms/BulkMappingPage.ui
    members/forms/BulkPreviewPage.ui
    members/forms/BulkSummaryPage.ui)
target_sources(vafa_ui PRIVATE ${vafa_members_forms}
    members/MemberLabels.h members/MemberLabels.cpp
    members/NewPasswordDialog.h members/NewPasswordDialog.cpp
    members/MemberDialogs.h members/MemberDialogs.cpp
    members/CredentialLetters.h members/CredentialLetters.cpp
    members/ImportPlanModel.h members/ImportPlanModel.cpp
    members/ImportWizard.h members/ImportWizard.cpp
    members/BulkUserWizard.h members/BulkUserWizard.cpp
    members/MemberActions.h members/MemberActions.cpp
    members/MemberPages.h members/MemberPages.cpp)
