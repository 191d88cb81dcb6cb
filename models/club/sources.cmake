# files of models/club
target_sources(vafa_models PRIVATE
    club/ClubSettings.h club/ClubSettings.cpp
    club/Licence.h club/Licence.cpp
    club/LicenceService.h club/LicenceService.cpp
    club/LicenceCommand.h club/LicenceCommand.cpp
    club/ClubPermissions.h club/ClubPermissions.cpp
    club/PermissionEngine.h club/PermissionEngine.cpp
    club/ItemType.h
    club/ItemTypeRepository.h club/ItemTypeRepository.cpp
    club/ClubOverviewRepository.h club/ClubOverviewRepository.cpp
    club/ClubVisibilityRepository.h club/ClubVisibilityRepository.cpp
    club/ClubLists.h club/ClubLists.cpp
    club/ClubConfiguration.h club/ClubConfiguration.cpp
    club/ItemTypeService.h club/ItemTypeService.cpp
    club/StaffAccessService.h club/StaffAccessService.cpp
    club/ClubMemberRepository.h club/ClubMemberRepository.cpp
    club/ClubMemberService.h club/ClubMemberService.cpp
    club/ClubUserImport.h club/ClubUserImport.cpp
    club/UsersImportCommand.cpp)
