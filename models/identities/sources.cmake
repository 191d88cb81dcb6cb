# files of models/identities: identities with their phones, addresses, categories and subtypes;
# the rules on one identity and the service that saves it
target_sources(vafa_models PRIVATE
    identities/Identity.h
    identities/IdentityRepository.h identities/IdentityRepository.cpp
    identities/IdentitySubtypeRepository.h identities/IdentitySubtypeRepository.cpp
    identities/IdentitySubtypeService.h identities/IdentitySubtypeService.cpp
    identities/CategoryRepository.h identities/CategoryRepository.cpp
    identities/CategoryService.h identities/CategoryService.cpp
    identities/IdentityRules.h identities/IdentityRules.cpp
    identities/IdentityService.h identities/IdentityService.cpp
    identities/IdentityImport.h identities/IdentityImport.cpp)
