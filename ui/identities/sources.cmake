# files of ui/identities: the identities list
target_sources(vafa_ui PRIVATE
    identities/IdentityPages.h identities/IdentityPages.cpp)
