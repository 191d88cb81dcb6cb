# files of models/auth
target_sources(vafa_models PRIVATE
    auth/PasswordHasher.h auth/PasswordHasher.cpp
    auth/SignIn.h auth/SignIn.cpp
    auth/CredentialStore.h auth/CredentialStore.cpp)
