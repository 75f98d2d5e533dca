-- Stored impacts now also hold the trend at adopted against not-yet sites, each wave's own effect and the adopted
-- sites that worsened. Results stored before lack them: forgotten here, each is computed again when first read
-- (the dashboard asks for it in the background).
DELETE FROM waves_impact_result;
