#pragma once

#include "diagram/HierarchyGeometry.h"

// The fan-outs the tour report gives (8 GPUs per server, 8 servers per rack, 8 racks per
// group; 4U servers, 1U manifolds, a 4U pump unit), as plain numbers: the geometry does not
// read the catalogue, so its tests do not either.
inline colossus::Fanout reportedFanout() {
    colossus::Fanout f;
    f.gpusPerServer = 8;
    f.serversPerRack = 8;
    f.racksPerGroup = 8;
    f.serverHeightU = 4;
    f.manifoldHeightU = 1;
    f.pumpUnitHeightU = 4;
    return f;
}
