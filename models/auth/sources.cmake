# files of models/auth: users, sign-in, password hashing and the keychain
target_sources(vafa_models PRIVATE
    auth/CredentialStore.h auth/CredentialStore.cpp
    auth/PasswordHasher.h auth/PasswordHasher.cpp
    auth/PasswordPolicy.h auth/PasswordPolicy.cpp
    auth/SignIn.h auth/SignIn.cpp
    auth/User.h
    auth/UserRepository.h auth/UserRepository.cpp
    auth/StaffUserService.h auth/StaffUserService.cpp)
